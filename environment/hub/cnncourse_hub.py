"""The course's spawner for JupyterHub: JupyterHub's own LocalProcessSpawner, plus what a shared class server needs.

- Before a student's server starts, their course folder is brought up to date (course_sync.py, run as the student, so
  that root never writes into a folder the student controls) and their home is made private (mode 700).
- The server and everything it starts (kernels, terminals) run inside per-student cgroups (v1: memory, cpu, pids), so
  one student's 20 GB allocation or fork loop hits their own cap instead of the machine. The process joins its cgroups
  in the fork's pre-exec step, while still root and before anything runs as the student: no window without limits.

Spawner.mem_limit and Spawner.cpu_limit are JupyterHub's own settings (the same names Zero to JupyterHub maps onto
Kubernetes limits); LocalProcessSpawner ignores them, this class enforces them.
"""
import asyncio
import os
import pwd
import sys

from jupyterhub.spawner import LocalProcessSpawner
from traitlets import Integer, Unicode

CGROUP_ROOT = "/sys/fs/cgroup"
GROUP = "cnncourse"  # every student's groups live under this one, e.g. /sys/fs/cgroup/memory/cnncourse/alice


class CourseSpawner(LocalProcessSpawner):
    pids_limit = Integer(1024, config=True, help="Most processes and threads one student's server may run at once.")
    cpu_shares = Integer(1024, config=True, help="cgroup cpu.shares: every student gets the same share when cores are busy.")
    sync_command = Unicode("", config=True, help="Program that brings a student's course folder up to date (run as the student).")
    kit = Unicode("", config=True, help="The shared, read-only course kit the student's folder is synced from.")
    exchange = Unicode("/var/lib/cnncourse-exchange", config=True, help="Where students hand in assignments (cnn assign distribute makes it).")

    def cgroup_paths(self):
        name = self.user.name
        return {c: os.path.join(CGROUP_ROOT, c, GROUP, name) for c in ("memory", "cpu", "pids")}

    def make_cgroups(self):
        """Creates (or reuses) the student's cgroups and writes their limits; raises with the path on failure."""
        paths = self.cgroup_paths()
        limits = {
            "memory": [("memory.limit_in_bytes", self.mem_limit)],
            "cpu": [("cpu.shares", self.cpu_shares),
                    ("cpu.cfs_period_us", 100000),
                    ("cpu.cfs_quota_us", int(self.cpu_limit * 100000) if self.cpu_limit else -1)],
            "pids": [("pids.max", self.pids_limit)],
        }
        for controller, path in paths.items():
            if not os.path.isdir(os.path.dirname(os.path.dirname(path))):
                raise RuntimeError(f"{os.path.dirname(os.path.dirname(path))} is missing: the hub needs the cgroup v1 "
                                   f"{controller} controller mounted to cap each student")
            os.makedirs(path, exist_ok=True)
            for file, value in limits[controller]:
                if value is None:
                    continue
                with open(os.path.join(path, file), "w") as f:
                    f.write(str(value))
        # Without swap accounting a capped group could still push pages to swap; cap memory+swap at the same value.
        memsw = os.path.join(paths["memory"], "memory.memsw.limit_in_bytes")
        if self.mem_limit and os.path.exists(memsw):
            with open(memsw, "w") as f:
                f.write(str(self.mem_limit))
        return list(paths.values())

    def make_preexec_fn(self, name):
        setuid = super().make_preexec_fn(name)
        groups = self._cgroups

        def preexec():
            pid = str(os.getpid())
            for path in groups:
                with open(os.path.join(path, "cgroup.procs"), "w") as f:
                    f.write(pid)
            setuid()

        return preexec

    async def sync_course(self):
        """Runs the course sync as the student; a failure stops the spawn with the sync's one-line reason."""
        home = pwd.getpwnam(self.user.name).pw_dir
        os.chmod(home, 0o700)  # students cannot read each other's homes, even if one was created with a looser mode
        if not self.sync_command:
            return
        proc = await asyncio.create_subprocess_exec(
            "runuser", "-u", self.user.name, "--", sys.executable, self.sync_command, "--kit", self.kit, "--home", home,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        text = out.decode(errors="replace").strip()
        if proc.returncode != 0:
            raise RuntimeError(text.splitlines()[-1] if text else f"course sync exited {proc.returncode}")
        if text:
            self.log.info("course sync for %s: %s", self.user.name, text.replace("\n", "; "))

    def open_inboxes(self):
        """Gives a student added after `cnn assign distribute` their own inbox in every distributed assignment (root makes
        it, owned by the student, mode 700), as distribute does for the students it knew."""
        if not os.path.isdir(self.exchange):
            return
        account = pwd.getpwnam(self.user.name)
        for assignment in sorted(os.listdir(self.exchange)):
            inbox = os.path.join(self.exchange, assignment, "inbox")
            if not os.path.isfile(os.path.join(self.exchange, assignment, "assignment.json")) or not os.path.isdir(inbox):
                continue
            mine = os.path.join(inbox, self.user.name)
            if os.path.islink(mine):
                continue
            if not os.path.isdir(mine):
                os.mkdir(mine, 0o700)
                os.chown(mine, account.pw_uid, account.pw_gid)
                os.chmod(mine, 0o700)

    async def start(self):
        await self.sync_course()
        self.open_inboxes()
        self._cgroups = self.make_cgroups()
        return await super().start()

    async def stop(self, now=False):
        await super().stop(now=now)
        # An empty group can go; one that still holds a process (a kernel that outlived its server) stays capped.
        for path in self.cgroup_paths().values():
            try:
                os.rmdir(path)
            except OSError:
                pass
