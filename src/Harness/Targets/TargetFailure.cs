namespace IacTest.Harness.Targets;

/// <summary>Why a host could not run a command.</summary>
public enum TargetFailure
{
    /// <summary>Anything else (the message says what).</summary>
    Other,

    /// <summary>No connection: refused, no route, name not found.</summary>
    Unreachable,

    /// <summary>The host's key is not in known_hosts, or differs from the one recorded there.</summary>
    HostKeyMismatch,

    /// <summary>The host refused every credential offered.</summary>
    AuthenticationRefused,

    /// <summary>Connecting took longer than allowed: the host does not answer.</summary>
    Timeout,

    /// <summary>A command ran longer than its timeout (the host answers; the command hangs).</summary>
    CommandTimeout,

    /// <summary>The connection dropped while a command ran (the host stopped or rebooted).</summary>
    ConnectionLost,
}
