/** The web's Vite `?url` imports (the map's stylesheet and worker), for the root type check, which follows the field harness into web/src. */
declare module '*?url' {
  const url: string;
  export default url;
}
