using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>sensitive-host-mounts</c>: do not mount sensitive host directories.</summary>
internal sealed class SensitiveHostMountsRule : HostMountRule
{
    /// <inheritdoc />
    public override string Code => "IAC0419";

    /// <inheritdoc />
    public override string Name => "sensitive-host-mounts";

    /// <inheritdoc />
    public override string Template => "host-mounts";

    /// <inheritdoc />
    public override string Title => "Do not mount sensitive host directories";

    /// <inheritdoc />
    public override string Description =>
        "Mounting `/`, `/boot`, `/dev`, `/etc`, `/lib`, `/proc`, `/sys` or `/usr` of the node gives the container the node's credentials, devices or kernel settings.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          volumeMounts:\n            - name: host-etc\n              mountPath: /host/etc\n      volumes:\n        - name: host-etc\n          hostPath:\n            path: /etc\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          volumeMounts:\n            - name: cache\n              mountPath: /cache\n      volumes:\n        - name: cache\n          emptyDir: {}\n";

    /// <inheritdoc />
    protected override string[] DefaultDirs => ["^/$", "^/boot$", "^/dev$", "^/etc$", "^/lib$", "^/proc$", "^/sys$", "^/usr$"];
}
