using IacTest.Lint.Yaml;

namespace IacTest.Lint.Families.Kubernetes.Rules;

/// <summary>kube-linter's <c>startup-port</c> (template <c>startup-port</c>): startup probes aimed at a port the container does not expose.</summary>
internal sealed class StartupPortRule : ProbePortRule
{
    /// <inheritdoc />
    public override string Code => "IAC0461";

    /// <inheritdoc />
    public override string Name => "startup-port";


    /// <inheritdoc />
    public override string Title => "A startup probe must target a port the container exposes";

    /// <inheritdoc />
    public override string Description =>
        "Indicates when containers have a startup probe to a not exposed port. The probe's `httpGet`, `tcpSocket` or `grpc` port must be one of the container's `ports`: by `containerPort` when a number, by `name` when a string; an HTTP or TCP probe needs a TCP port. (kube-linter's own description of `startup-port` repeats the liveness one.)\n\n**Remediation**: Check which ports you've exposed and ensure they match what you have specified in the startup probe.";

    /// <inheritdoc />
    public override string BadExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http\n              containerPort: 8080\n          startupProbe:\n            httpGet:\n              path: /healthz\n              port: health\n";

    /// <inheritdoc />
    public override string GoodExample => "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - name: http\n              containerPort: 8080\n          startupProbe:\n            httpGet:\n              path: /healthz\n              port: http\n";

    /// <inheritdoc />
    protected override string ProbeField => "startupProbe";


}
