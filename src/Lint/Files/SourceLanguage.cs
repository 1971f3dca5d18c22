
namespace IacTest.Lint.Files;

/// <summary>The language a file is written in, which decides its parser, its comments and the rules that read it.</summary>
public enum SourceLanguage
{
    /// <summary>YAML: every file that is not HCL.</summary>
    Yaml,

    /// <summary>HCL, native syntax (<c>.tf</c>, <c>.tfvars</c>) or its JSON form (<c>.tf.json</c>).</summary>
    Hcl,
}
