/** jest globalSetup: every generated module (src/generated/) fresh before the tests run. */
import buildModules from './build-modules';
import buildModelParsers from './build-model-parsers';

export default function globalSetup(): void {
  buildModules();
  buildModelParsers();
}
