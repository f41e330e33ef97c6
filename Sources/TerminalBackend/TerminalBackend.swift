// TerminalBackend: the only importer of CNcursesw — screen setup and restore, input, the run loop.
import CNcursesw
import CTermGuard
