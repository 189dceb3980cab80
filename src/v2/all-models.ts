/**
 * Imports every model area so that their decorators run and the registry holds all 26
 * models and 2 enums. Import this (for its side effect) before reading the registry
 * (schema generation, conformance validation).
 */
import './envelope';
import './status';
import './gates';
import './lifecycle';
import './collaboration';
