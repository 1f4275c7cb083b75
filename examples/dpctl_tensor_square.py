# The seed's dpctl.tensor compute-follows-data example; the import changed, and
# "gpu" became "gpu,cpu" (the first device type that exists here).
import dparray as dpt

x_gpu = dpt.arange(100, device="gpu,cpu")
sqx_gpu = dpt.square(x_gpu) # (1)!
print(sqx_gpu.device) # (2)!
