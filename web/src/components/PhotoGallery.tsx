/** A report's photos with their heading. Used by the tracking page and the staff SPA. */
import { tr } from '../lib/locale';

export default function PhotoGallery({ photos, newTab = false }: { photos: string[]; newTab?: boolean }) {
  if (!photos.length) return null;
  return (
    <>
      <h2>{tr('track.photos')}</h2>
      <ul class="photos">
        {photos.map((src, i) => (
          <li key={src}>
            <a href={src} {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}>
              <img src={src} alt={tr('report.photo.alt', { n: i + 1 })} loading="lazy" />
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
