// Wording shared by the pre-mortem's sections (see premortem_sections.h).
#include "render/load_numbers.h"
#include "render/markdown.h"
#include "render/premortem_sections.h"

namespace hindsight::render_detail::premortem {

std::string plan_time(const Context& context, Timestamp time) {
  return markdown::escape_inline(format_in_zone(time, context.zone()));
}

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
    out += words[i];
  }
  return out;
}

std::string window_text(const Context& context) {
  const Plan& plan = context.plan;
  const std::string length =
      plan.duration ? markdown::escape_inline(format_duration(*plan.duration)) : std::string();
  if (plan.start && plan.end) {
    return plan_time(context, *plan.start) + " to " + plan_time(context, *plan.end) + " (" +
           length + ")";
  }
  if (plan.start) return "from " + plan_time(context, *plan.start) + "; end not given";
  if (plan.duration) return length + "; start not given";
  return {};
}

std::string other_users_text(const Dependency& dependency) {
  std::vector<std::string> users;
  for (const SharedUser& user : dependency.shared_with) {
    users.push_back(markdown::escape_inline(user.name) + " (" +
                    (user.rate ? markdown::escape_inline(format_rate(per_second(*user.rate)))
                               : std::string("rate not given")) +
                    ")");
  }
  return join_words(users);
}

}  // namespace hindsight::render_detail::premortem
