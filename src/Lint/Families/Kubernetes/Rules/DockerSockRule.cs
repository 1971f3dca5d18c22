using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>docker-sock</c>: do not mount the Docker socket.</summary>
internal sealed class DockerSockRule : HostMountRule
{
    /// <inheritdoc />
    public override string Code => "IAC0404";

    /// <inheritdoc />
    public override string Name => "docker-sock";

    /// <inheritdoc />
    public override string Template => "host-mounts";

    /// <inheritdoc />
    public override string Title => "Do not mount the Docker socket";

    /// <inheritdoc />
    public override string Description =>
        "A container that mounts `/var/run/docker.sock` controls the node's container engine: it can start privileged containers and escape.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          volumeMounts:\n            - name: docker\n              mountPath: /var/run/docker.sock\n      volumes:\n        - name: docker\n          hostPath:\n            path: /var/run/docker.sock\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n";

    /// <inheritdoc />
    protected override string[] DefaultDirs => ["docker.sock$"];
}
