import { createRequire } from 'node:module';

/**
 * The font files every picture uses, from the `dejavu-fonts-ttf` npm package (a production
 * dependency, so it is in the Docker image's node_modules). Resolved through Node's module
 * resolution rather than a path of our own, so it works from the sources and from dist/.
 */
const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'DejaVu Sans';

export const fontFiles = (): string[] => [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
];
