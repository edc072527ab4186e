/// Represents the limits of different runtime operations.
#[derive(Debug, Clone, Copy)]
pub struct RuntimeLimits {
    /// Max stack size before an error is thrown.
    stack_size: usize,

    /// Max loop iterations before an error is thrown.
    loop_iteration: u64,

    /// Max backtrace count in exception.
    backtrace_limit: usize,

    /// Max function recursion limit
    recursion: usize,

    /// Whether exceeding the recursion limit throws a catchable `RangeError`
    /// (`Maximum call stack size exceeded`, as V8 does) instead of the
    /// uncatchable runtime-limit error.
    catchable_recursion: bool,

    /// Max nested host calls that re-enter the VM (each one recurses on the
    /// native stack, unlike calls between JavaScript functions).
    host_recursion: usize,
}

impl Default for RuntimeLimits {
    #[inline]
    fn default() -> Self {
        Self {
            loop_iteration: u64::MAX,
            recursion: 512,
            backtrace_limit: 50,
            stack_size: 1024 * 10,
            catchable_recursion: false,
            host_recursion: usize::MAX,
        }
    }
}

impl RuntimeLimits {
    /// Whether exceeding the recursion limit throws a catchable `RangeError`.
    #[inline]
    #[must_use]
    pub const fn catchable_recursion(&self) -> bool {
        self.catchable_recursion
    }

    /// Makes exceeding the recursion limit throw a catchable
    /// `RangeError: Maximum call stack size exceeded`, as V8 does, instead of
    /// the uncatchable runtime-limit error (the default).
    #[inline]
    pub fn set_catchable_recursion(&mut self, value: bool) {
        self.catchable_recursion = value;
    }

    /// Return the limit on nested host calls re-entering the VM.
    #[inline]
    #[must_use]
    pub const fn host_recursion_limit(&self) -> usize {
        self.host_recursion
    }

    /// Sets the limit on nested host calls re-entering the VM (accessors,
    /// callbacks of built-ins): they use the native stack, so an embedder
    /// with a small one bounds them below the recursion limit. Exceeding it
    /// throws as the recursion limit does.
    #[inline]
    pub fn set_host_recursion_limit(&mut self, value: usize) {
        self.host_recursion = value;
    }

    /// Return the loop iteration limit.
    ///
    /// If the limit is exceeded in a loop it will throw an error.
    ///
    /// The limit value [`u64::MAX`] means that there is no limit.
    #[inline]
    #[must_use]
    pub const fn loop_iteration_limit(&self) -> u64 {
        self.loop_iteration
    }

    /// Set the loop iteration limit.
    ///
    /// If the limit is exceeded in a loop it will throw an error.
    ///
    /// Setting the limit to [`u64::MAX`] means that there is no limit.
    #[inline]
    pub fn set_loop_iteration_limit(&mut self, value: u64) {
        self.loop_iteration = value;
    }

    /// Disable loop iteration limit.
    #[inline]
    pub fn disable_loop_iteration_limit(&mut self) {
        self.loop_iteration = u64::MAX;
    }

    /// Get max backtrace limit for an exception.
    ///
    /// Default is 50.
    #[inline]
    #[must_use]
    pub const fn backtrace_limit(&self) -> usize {
        self.backtrace_limit
    }

    /// Set max backtrace limit for an exception.
    #[inline]
    pub fn set_backtrace_limit(&mut self, value: usize) {
        self.backtrace_limit = value;
    }

    /// Get max stack size.
    #[inline]
    #[must_use]
    pub const fn stack_size_limit(&self) -> usize {
        self.stack_size
    }

    /// Set max stack size before an error is thrown.
    #[inline]
    pub fn set_stack_size_limit(&mut self, value: usize) {
        self.stack_size = value;
    }

    /// Get recursion limit.
    #[inline]
    #[must_use]
    pub const fn recursion_limit(&self) -> usize {
        self.recursion
    }

    /// Set recursion limit before an error is thrown.
    #[inline]
    pub fn set_recursion_limit(&mut self, value: usize) {
        self.recursion = value;
    }
}
