# The port window of the kernels' HTTP side channels on the hub: kernel.sh picks each kernel's 100 ports inside it, and
# isolation.sh closes it to students. It lies below the ephemeral ports (32768 and up) that the Jupyter servers' own
# connections to their kernels use, so closing it leaves a student's own notebooks working.
kernel_ports_first=20000
kernel_ports_last=31999
