/** « Collectes » in its own chunk (the calendar readers come with it): fetched when the screen is opened. */
import { lazyScreen } from '../lazy-screen';

export default lazyScreen(() => import('./CollectionsScreen'));
