/**
 * Imports every 6.1.0 model area so that their decorators run and the 6.1.0 registry is
 * complete. Import this (for its side effect) before reading the registry (schema
 * generation, conformance validation). The 2.1.0 twin is `./v2/all-models`.
 */
import './envelope';
import './cutover';
import './status';
import './gates';
import './glossary';
import './mission-next';
import './lifecycle';
import './project-lifecycle';
import './build-lifecycle';
import './collaboration';
import './analytics';
import './profile-invocation';
import './sync';
import './connector';
import './dossier';
import './mission-audit';
import './retrospective';
import './decisionpoint';
