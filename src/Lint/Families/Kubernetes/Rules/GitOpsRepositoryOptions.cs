using IacTest.Lint.Families.Kubernetes.Model;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>The options the Argo CD and Flux reference rules share: which repository the checked file belongs to.</summary>
internal static class GitOpsRepositoryOptions
{
    public const string Root = "repository-root";
    public const string Urls = "repository-urls";

    public static RuleOption[] Declared =>
    [
        new(Root, RuleOptionType.String, string.Empty,
            "The repository's root folder (absolute, or relative to the current directory: the project folder in a build); default: the nearest folder above the file holding `.git`, else the file's folder."),
        new(Urls, RuleOptionType.StringList, Array.Empty<string>(),
            "More URLs that name this repository, besides its Git remotes (`.git/config`); `https://`, `ssh://` and `git@host:` forms of one URL are the same."),
    ];

    /// <summary>The repository of the file under check, or null when the file is not on disk.</summary>
    public static GitOpsRepository? Find(RuleContext context) =>
        GitOpsRepository.Find(context.File.Path, context.Options.String(Root), context.Options.List(Urls));
}
