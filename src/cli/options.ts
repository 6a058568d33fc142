/** Options several commands share, with one help text each. */
import { Option } from 'commander';

/** --db: where the store is (see src/store/location.ts for the defaults). */
export function dbOption(): Option {
  return new Option('--db <location>', 'kho dữ liệu: tệp SQLite hoặc postgres://… (mặc định DATABASE_URL, rồi ./data/solieu.db)');
}

/** -c, --config: the check configuration file (src/check/config.ts). */
export function configOption(): Option {
  return new Option('-c, --config <file>', 'tệp cấu hình kiểm tra (JSON; mặc định solieu.config.json ở thư mục hiện tại nếu có)');
}
