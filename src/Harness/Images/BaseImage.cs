namespace IacTest.Harness.Images;

/// <summary>The base images the harness builds locally from Debian packages (no registry needed).</summary>
public enum BaseImage
{
    /// <summary>Static busybox (~2 MB): a shell and the usual tools; starts in well under a second.</summary>
    Busybox,

    /// <summary>Debian bookworm minbase (debootstrap): dpkg, apt, bash, coreutils.</summary>
    Debian,

    /// <summary>The Debian image plus python3 and python3-apt: an Ansible target.</summary>
    DebianPython,

    /// <summary>The Debian image plus openssh-server and sudo: a host the checks reach over SSH (keys brought at start).</summary>
    DebianSshd,
}
