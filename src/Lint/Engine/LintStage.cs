namespace IacTest.Lint.Engine;

/// <summary>The steps of linting one file, in order; a failure is reported with the step it stopped at.</summary>
internal enum LintStage
{
    /// <summary>Reading and decoding the file.</summary>
    Read,

    /// <summary>Parsing the YAML.</summary>
    Parse,

    /// <summary>Reading the suppression comments (<c># yamllint disable…</c>, <c># noqa</c>).</summary>
    Suppressions,

    /// <summary>Recognising what the file holds (playbook, manifest, compose file…).</summary>
    Classify,

    /// <summary>Running the rules.</summary>
    Rules,

    /// <summary>Filtering and ordering the findings.</summary>
    Report,
}
