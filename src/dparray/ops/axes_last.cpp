#include "dparray/ops/axes_last.h"

namespace dp {

Array axes_last(const Array& x, const std::vector<int>& axes) {
  std::vector<int> perm;
  for (int d = 0, k = 0; d < x.ndim(); ++d) {
    if (k < static_cast<int>(axes.size()) && axes[k] == d)
      ++k;
    else
      perm.push_back(d);
  }
  perm.insert(perm.end(), axes.begin(), axes.end());
  for (int d = 0; d < x.ndim(); ++d)
    if (perm[d] != d) return permute_view(x, perm);
  return x;
}

}  // namespace dp
