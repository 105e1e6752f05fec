/**
 * Progress of a set of jobs on stderr. On a terminal it redraws one bar in place; otherwise (CI,
 * pipes, log files) it prints a plain line each time the count changes.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  let last = -1;
  return {
    update(done: number, total: number): void {
      if (done === last) return;
      last = done;
      if (!tty) {
        stream.write(`${label}: ${done}/${total}\n`);
        return;
      }
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const percent = total === 0 ? 100 : Math.round((done / total) * 100);
      stream.write(
        `\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${percent}%`,
      );
    },
    finish(): void {
      if (tty && last >= 0) stream.write("\n");
    },
  };
}
