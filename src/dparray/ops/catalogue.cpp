#include <cstring>

#include "dparray/ops/elementwise_catalogue.h"
#include "dparray/ops/executor.h"

namespace dp {

namespace {
#define DP_STR(...) #__VA_ARGS__
#define DP_ENTRY(NAME, NIN, TYPES, RULE, FLAGS, RBODY, CBODY) \
  {#NAME, NIN, TYPES, OutRule::RULE, FLAGS, DP_STR(RBODY), DP_STR(CBODY)},
const ElementwiseOp kOps[] = {DP_ELEMENTWISE_OPS(DP_ENTRY)};
#undef DP_ENTRY
#undef DP_STR
}  // namespace

const ElementwiseOp& op_info(OpId id) { return kOps[static_cast<int>(id)]; }

const ElementwiseOp* find_op(const char* name, OpId* id) {
  for (int i = 0; i < kNumElementwiseOps; ++i)
    if (std::strcmp(kOps[i].name, name) == 0) {
      if (id) *id = static_cast<OpId>(i);
      return &kOps[i];
    }
  return nullptr;
}

DType out_dtype(const ElementwiseOp& op, DType loop) {
  switch (op.out_rule) {
    case OutRule::Bool: return DType::Bool;
    case OutRule::Real: return real_dtype(loop);
    case OutRule::UInt8: return DType::UInt8;
    case OutRule::Int32: return DType::Int32;
    default: return loop;
  }
}

const char* to_string(ReduceOp op) {
  switch (op) {
    case ReduceOp::Sum: return "sum";
    case ReduceOp::Prod: return "prod";
    case ReduceOp::Max: return "max";
    case ReduceOp::Min: return "min";
    case ReduceOp::Any: return "any";
    case ReduceOp::All: return "all";
    case ReduceOp::ArgMax: return "argmax";
    default: return "argmin";
  }
}

}  // namespace dp
