namespace IacTest.Harness.Images;

/// <summary>What a platform's image holds on top of the bare release.</summary>
public enum PlatformFlavor
{
    /// <summary>The release's minimal system (debootstrap minbase): no Python, so not an Ansible target by itself.</summary>
    Plain,

    /// <summary>The release plus python3 and python3-apt: an Ansible target; services run from their init scripts.</summary>
    Python,

    /// <summary>The release plus python3 and systemd as PID 1: services are real units with a journal.</summary>
    Systemd,
}
