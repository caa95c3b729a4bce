import './section-nav.css';

/** One part of a feature in its section nav. */
export type SectionLink = { id: string; href: string; label: string };

type SectionNavProps = { label: string; links: readonly SectionLink[]; current: string };

/** The parts of a feature as a row of links, the current one marked for assistive technology. */
export function SectionNav({ label, links, current }: SectionNavProps) {
  return (
    <nav className="section-nav" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.href} aria-current={link.id === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
