// Apollo Client 4 reads its development mode (and so its warnings) once, at import, from the
// `development` export condition or else this global; Node sets no such condition. Imported
// before @apollo/client.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
