import Testing

/// Suites whose tests create runspaces run one test at a time: the interpreter keeps process-wide state
/// (the active context, conversion tables) that two sessions on different threads would share.
@Suite(.serialized) enum RunspaceSuites {}
