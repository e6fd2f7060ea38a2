// The one Node global the kit reads: bundlers replace the literal `process.env.NODE_ENV`, so production builds
// drop development warnings. Declared here because the package builds without Node's types; with them (the
// workspace's typecheck) these declarations merge with Node's own.
declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: string;
  }
  interface Process {
    env: ProcessEnv;
  }
}
declare var process: NodeJS.Process;
