// Where the reader was in each article, so that returning (or reloading) puts them back there.
import type { TolkDB } from './db';
import type { ReadingPosition } from './types';

export async function savePosition(db: TolkDB, articleId: string, block: number, now = Date.now()): Promise<void> {
  await db.positions.put({ articleId, block, updatedAt: now });
}

export async function getPosition(db: TolkDB, articleId: string): Promise<ReadingPosition | undefined> {
  return db.positions.get(articleId);
}
