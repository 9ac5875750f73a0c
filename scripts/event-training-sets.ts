/**
 * The event sets the learned side-chooser and event filter are trained and cross-validated on (bench/events-sets, written
 * for the project by outside coders). The blind sets (blind14, blind15) are never read, and a session's new gate and
 * blind sets join only once they have been scored unseen; the PETRARCH-style sets code another dictionary. A listed set
 * whose file is missing stops training with the file's name, rather than training quietly on fewer.
 */
export const EVENT_TRAINING_SETS: readonly string[] = ['dev12', 'dev13', 'dev16', 'dev17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26', 'fresh27', 'fresh28', 'fresh29', 'fresh30', 'fresh31', 'fresh32'];
