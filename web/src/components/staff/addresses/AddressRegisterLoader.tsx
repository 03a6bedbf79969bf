/**
 * « Registre des adresses » in its own chunk: the CSV reader and the screen's messages are for admins importing a
 * register now and then, not for every staff screen; fetched when the screen is opened.
 */
import { lazyScreen } from '../lazy-screen';

export default lazyScreen(() => import('./AddressRegisterScreen'));
