"""KernelError: a kernel or device function outside the supported Python subset."""


class KernelError(TypeError):
    """Raised at compile time; the message names the construct and its file:line."""
