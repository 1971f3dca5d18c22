namespace IacTest.Lint.Configuration;

/// <summary>Where to look for configuration, and what the user named explicitly.</summary>
public sealed record ConfigurationRequest
{
    /// <summary>The folder discovery starts from (the project folder, or the CLI's working directory).</summary>
    public required string Directory { get; init; }

    /// <summary>A yamllint configuration file named explicitly (CLI <c>-c</c>, MSBuild <c>IacYamllintConfig</c>).</summary>
    public string? YamllintConfigFile { get; init; }

    /// <summary>Inline yamllint configuration (CLI <c>-d</c>).</summary>
    public string? YamllintConfigData { get; init; }

    /// <summary>An ansible-lint configuration file named explicitly (MSBuild <c>IacAnsibleLintConfig</c>).</summary>
    public string? AnsibleLintConfigFile { get; init; }

    /// <summary>
    /// A kube-linter configuration file to read instead of looking for one from <see cref="Directory"/> upwards: the
    /// nearest <c>.kube-linter.yaml</c> of a folder below the project, for the files of that folder.
    /// </summary>
    public string? KubeLinterConfigFile { get; init; }

    /// <summary>Whether configuration files are looked for at all (false: built-in defaults and explicit files only).</summary>
    public bool Discover { get; init; } = true;
}
