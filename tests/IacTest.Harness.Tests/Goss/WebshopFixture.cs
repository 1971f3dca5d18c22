using IacTest.Harness.Environments;
using IacTest.Harness.Images;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Goss;

/// <summary>
/// The webshop machine the webshop goss suite describes: Debian with python3 (no curl, no nc: HTTP goes through
/// bash's /dev/tcp), a shop server that records every request in /tmp/requests, its config, accounts and a tmpfs.
/// </summary>
public sealed class WebshopFixture : EnvironmentFixture
{
    // Answers like the shop: POST /api/items creates (201, echoes the body), /old-cart redirects, /admin wants basic
    // auth, /api/status is a JSON status document, an absolute URL in the request line is a proxied request.
    private const string Server = """
        import base64, socket
        admin = "Basic " + base64.b64encode(b"shop-admin:s3cr3t-admin-pw").decode()
        s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", 8080)); s.listen()
        while True:
            c, _ = s.accept(); data = b""
            while b"\r\n\r\n" not in data:
                chunk = c.recv(4096)
                if not chunk: break
                data += chunk
            if not data:
                c.close(); continue  # a reachability check connects and leaves
            head, _, body = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = dict(l.split(": ", 1) for l in lines[1:] if ": " in l)
            want = int(headers.get("Content-Length", "0"))
            while len(body) < want:
                chunk = c.recv(4096)
                if not chunk: break
                body += chunk
            open("/tmp/requests", "ab").write(head + b"\r\n\r\n" + body + b"\n---\n")
            method, target = lines[0].split(" ")[:2]
            extra = ""
            if target.startswith("http://"): status, text = "200 OK", "via proxy"
            elif method == "POST" and target == "/api/items": status, text, extra = "201 Created", "created " + body.decode(), "Content-Type: application/json\r\n"
            elif target == "/old-cart": status, text, extra = "302 Found", "moved", "Location: http://127.0.0.1:8080/cart/\r\n"
            elif target == "/api/status": status, text, extra = "200 OK", '{"status": "ok", "version": "2.4.1", "checks": [{"name": "db", "ok": true}, {"name": "cache", "ok": true}], "limits": {"max_items": 50}}', "Content-Type: application/json\r\n"
            elif target == "/admin": status, text = ("200 OK", "welcome admin") if headers.get("Authorization") == admin else ("401 Unauthorized", "who are you")
            else: status, text = "200 OK", "healthy"
            c.sendall(("HTTP/1.0 " + status + "\r\n" + extra + "Content-Length: " + str(len(text)) + "\r\n\r\n" + text).encode()); c.close()
        """;

    private const string Setup = """
        set -e
        mkdir -p /etc/shop /opt/shop /etc/rc2.d /etc/rc3.d /etc/init.d
        printf 'listen = 8080\nlog_level = info\n' > /etc/shop/shop.conf && chmod 0640 /etc/shop/shop.conf
        echo webshop-007 > /etc/shop/version
        echo 'shop:x:1201:1201::/home/shop:/bin/sh' >> /etc/passwd && echo 'deploy:x:1202:1202::/home/deploy:/bin/sh' >> /etc/passwd
        printf 'shop:x:1201:\ndeploy:x:1202:\n' >> /etc/group && sed -i 's/^www-data:x:33:$/www-data:x:33:shop/' /etc/group
        ln -s ../init.d/shop /etc/rc2.d/S20shop && ln -s ../init.d/shop /etc/rc3.d/S20shop
        cp "$(command -v python3)" /usr/local/bin/shop
        nohup shop /opt/shop/server.py >/tmp/server.log 2>&1 &
        # Tests that run once (no retry) must find it listening (8080 is 1F90 in /proc/net/tcp).
        for i in $(seq 100); do grep -q ':1F90 ' /proc/net/tcp && exit 0; sleep 0.1; done
        cat /tmp/server.log; exit 1
        """;

    protected override EnvironmentBuilder Configure(EnvironmentBuilder builder) =>
        builder.WithBaseImage(BaseImage.DebianPython).WithTmpfs("/scratch").WithFileContent("/opt/shop/server.py", Server);

    protected override async Task InitializeEnvironmentAsync(IacEnvironment environment) =>
        (await environment.ShellAsync(Setup)).EnsureSuccess("fixture setup");
}
