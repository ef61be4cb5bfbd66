// Starting servers in child processes (Node, Bun, Deno) and waiting until they say where they listen.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { root } from "./bundle.js";

/** Starts a child process that prints `listening <url>` once it serves; returns the URL. */
export function startServer(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${path.basename(command)} did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening (\S+)/u.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${path.basename(command)} exited with ${code} before serving:\n${output}`));
    });
  });
}

export function stop(child: ChildProcess | undefined): void {
  if (child !== undefined && child.exitCode === null) child.kill("SIGTERM");
}

