/** Thrown when a store method is given an id that does not exist. */
export class StoreNotFoundError extends Error {
  readonly code = 'not-found';
  constructor(what: string, id: number | string) {
    super(`Không tìm thấy ${what} ${id} trong kho dữ liệu.`);
    this.name = 'StoreNotFoundError';
  }
}
