import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal and there is more than a handful of files. */
export function progressFor(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 3) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'Đang đọc {bar} {value}/{total} báo cáo | {file}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick(label) {
      bar.increment(1, { file: label });
    },
    stop() {
      bar.stop();
    },
  };
}
