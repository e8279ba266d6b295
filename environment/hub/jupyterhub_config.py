# JupyterHub configuration of the course hub, written by environment/hub.sh beside hub.json (the values chosen with
# hub.sh's options); edit the options and run hub.sh again rather than this file.
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "hub.json")) as f:
    hub = json.load(f)
sys.path.insert(0, hub["modules"])

c = get_config()  # noqa: F821 (provided by JupyterHub when it loads this file)

# Where students connect; the proxy's API and the hub itself stay on loopback, on the two ports after it.
c.JupyterHub.ip = hub["ip"]
c.JupyterHub.port = hub["port"]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{hub['port'] + 1}"
c.ConfigurableHTTPProxy.pid_file = os.path.join(hub["state"], "proxy.pid")
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = hub["port"] + 2
if hub.get("ssl_cert"):
    c.JupyterHub.ssl_cert = hub["ssl_cert"]
    c.JupyterHub.ssl_key = hub["ssl_key"]
c.JupyterHub.db_url = "sqlite:///" + os.path.join(hub["state"], "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(hub["state"], "jupyterhub_cookie_secret")

# Students log in with their Linux account's password (PAM); only the roster's accounts may.
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.open_sessions = False  # no login sessions to open without systemd-logind; PAM checks the password only
c.Authenticator.allowed_users = set(hub["students"])
c.Authenticator.admin_users = set(hub.get("admins", []))

# Each student's own server: their course folder as the root, limits enforced by CourseSpawner's cgroups.
c.JupyterHub.spawner_class = "cnncourse_hub.CourseSpawner"
c.Spawner.cmd = ["jupyterhub-singleuser"]
c.Spawner.notebook_dir = "~/course"
c.Spawner.default_url = "/tree/notebooks"
c.Spawner.mem_limit = hub["mem_limit"]
c.Spawner.cpu_limit = hub.get("cpu_limit")
c.CourseSpawner.pids_limit = hub["pids_limit"]
c.CourseSpawner.kit = hub["kit"]
c.CourseSpawner.exchange = hub.get("exchange", "/var/lib/cnncourse-exchange")
c.CourseSpawner.sync_command = os.path.join(hub["modules"], "course_sync.py")
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
activity = max(5, min(300, hub["cull_idle"] // 3))
c.Spawner.environment = {
    # torch's thread pool: cores shared out among the students expected to run at once, so they do not oversubscribe.
    "OMP_NUM_THREADS": str(hub["torch_threads"]),
    "MKL_NUM_THREADS": str(hub["torch_threads"]),
    "CNN_COURSE_ROOT": hub["kit"],
    "CNN_ARTIFACTS": lambda spawner: os.path.expanduser(f"~{spawner.user.name}/course/artifacts"),
    # The student's private temporary folder (course_sync.py makes it), not the shared /tmp: the .NET runtime puts its
    # diagnostic sockets and debugger pipes there, named by process id, and Python its temporary files.
    "TMPDIR": lambda spawner: os.path.expanduser(f"~{spawner.user.name}/.cache/cnncourse-tmp"),
    "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
    "DOTNET_NOLOGO": "1",
    # The server reports its activity to the hub this often, so the culler sees a busy student as busy.
    "JUPYTERHUB_ACTIVITY_INTERVAL": str(activity),
}

# The idle culler: a hub service with just the rights it needs.
c.JupyterHub.last_activity_interval = activity
c.JupyterHub.services = [{
    "name": "idle-culler",
    "command": [sys.executable, os.path.join(hub["modules"], "idle_culler.py"),
                "--timeout", str(hub["cull_idle"]), "--interval", str(max(5, min(60, hub["cull_idle"] // 4)))],
}]
c.JupyterHub.load_roles = [{
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}]
