/** « Rendez-vous » in its own chunk: fetched when the screen is opened, not with every staff screen. */
import { lazyScreen } from '../lazy-screen';

export default lazyScreen(() => import('./AppointmentsDay'));
