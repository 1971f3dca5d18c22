
namespace IacTest.Lint.Families.Yaml.Configuration;

/// <summary>The configurations yamllint ships (<c>extends: default</c>, <c>extends: relaxed</c>), as in yamllint 1.29.</summary>
internal static class YamllintBuiltInConfigs
{
    public const string Default = """
        ---

        yaml-files:
          - '*.yaml'
          - '*.yml'
          - '.yamllint'

        rules:
          braces: enable
          brackets: enable
          colons: enable
          commas: enable
          comments:
            level: warning
          comments-indentation:
            level: warning
          document-end: disable
          document-start:
            level: warning
          empty-lines: enable
          empty-values: disable
          float-values: disable
          hyphens: enable
          indentation: enable
          key-duplicates: enable
          key-ordering: disable
          line-length: enable
          new-line-at-end-of-file: enable
          new-lines: enable
          octal-values: disable
          quoted-strings: disable
          trailing-spaces: enable
          truthy:
            level: warning

        """;

    public const string Relaxed = """
        ---

        extends: default

        rules:
          braces:
            level: warning
            max-spaces-inside: 1
          brackets:
            level: warning
            max-spaces-inside: 1
          colons:
            level: warning
          commas:
            level: warning
          comments: disable
          comments-indentation: disable
          document-start: disable
          empty-lines:
            level: warning
          hyphens:
            level: warning
          indentation:
            level: warning
            indent-sequences: consistent
          line-length:
            level: warning
            allow-non-breakable-inline-mappings: true
          truthy: disable

        """;

    /// <summary>
    /// The yamllint configuration ansible-lint 6.13.1's <c>yaml</c> rule uses (<c>YAMLLINT_CONFIG</c> in its
    /// <c>yaml_utils.py</c>); a project's yamllint file, when there is one, extends it.
    /// </summary>
    public const string AnsibleLint = """
        extends: default
        rules:
          comments:
            min-spaces-from-content: 1
          comments-indentation: false
          document-start: disable
          line-length:
            max: 160
          braces:
            min-spaces-inside: 0
            max-spaces-inside: 1
          octal-values:
            forbid-implicit-octal: true
            forbid-explicit-octal: true

        """;

    /// <summary>The text of a built-in configuration, or null.</summary>
    public static string? Find(string name) => name switch
    {
        "default" => Default,
        "relaxed" => Relaxed,
        _ => null,
    };
}
