import { describeCorpusStore } from '../corpus-store.contract.ts';
import { SqliteStore } from './sqlite-store.ts';

describeCorpusStore('SQLite', async () => new SqliteStore(':memory:'));
