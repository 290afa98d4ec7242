import nodeModule from 'node:module';

// Imported first by src/index.ts. Compiling the libraries is most of start-up; Node 22.1+ (App Service
// runs 22) keeps the compiled code on disk (NODE_COMPILE_CACHE, or the temp folder) for the next start.
// Older Nodes have no such switch and start as before.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
