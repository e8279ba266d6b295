"""Stops students' servers that have been idle too long: a JupyterHub service that uses the hub's REST API.

The hub starts it (JupyterHub.services) with JUPYTERHUB_API_URL and JUPYTERHUB_API_TOKEN; its role allows only listing
users, reading their activity and stopping servers. A server's last activity is what the hub records from the proxy
and from the server's own reports (kernels running, notebooks saved, pages opened).
"""
import argparse
import datetime
import json
import os
import sys
import time
import urllib.request


def api(method, path):
    request = urllib.request.Request(os.environ["JUPYTERHUB_API_URL"].rstrip("/") + path, method=method,
                                     headers={"Authorization": "token " + os.environ["JUPYTERHUB_API_TOKEN"]})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
        return json.loads(body) if body else None


def parse_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def cull_once(timeout):
    now = datetime.datetime.now(datetime.timezone.utc)
    for user in api("GET", "/users?state=ready"):
        for name, server in (user.get("servers") or {}).items():
            if not server.get("ready") or server.get("pending"):
                continue
            activity = server.get("last_activity") or server.get("started")
            idle = (now - parse_time(activity)).total_seconds() if activity else 0
            if idle > timeout:
                suffix = f"/servers/{name}" if name else "/server"
                print(f"idle culler: stopping {user['name']}'s server, idle {idle:.0f} s > {timeout} s", flush=True)
                api("DELETE", f"/users/{user['name']}{suffix}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=int, required=True, help="seconds of inactivity before a server is stopped")
    parser.add_argument("--interval", type=int, required=True, help="seconds between checks")
    args = parser.parse_args()
    while True:
        try:
            cull_once(args.timeout)
        except Exception as e:  # the hub restarting or a slow answer: try again next round instead of exiting
            print(f"idle culler: {e}", file=sys.stderr, flush=True)
        time.sleep(args.interval)


if __name__ == "__main__":
    main()
