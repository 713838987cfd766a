// Severity, title and service of an Alertmanager alert (see the header).
#include "adapters/alertmanager_alert_text.h"

#include <string_view>

#include "adapters/adapter_support.h"
#include "core/ascii.h"

namespace hindsight::alertmanager_detail {
namespace {


std::string scalar(const RawNode* map, std::string_view key) {
  if (!map) return {};
  const RawNode* value = map->find(key);
  return value && value->is_scalar() ? value->scalar : std::string();
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Descriptions are often paragraphs with a runbook after a blank line; a
// timeline row wants their first line.
std::string first_line(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  text = text.substr(0, text.find('\n'));
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return std::string(text);
}

// `{job="graph-sync", instance="10.0.4.7:9090"}`, in the order written.
std::string label_set_text(const RawNode& labels) {
  std::string text = "{";
  for (const auto& [key, value] : labels.entries) {
    if (!key.is_scalar() || !value.is_scalar()) continue;
    if (text.size() > 1) text += ", ";
    text += key.scalar + "=\"" + value.scalar + "\"";
  }
  return text + "}";
}

}  // namespace

std::string alert_severity(const RawNode& labels, const RawNode* common_labels) {
  std::string severity = scalar(&labels, "severity");
  if (severity.empty()) severity = scalar(common_labels, "severity");
  return ascii_lowercase(severity);
}

std::string alert_title(const RawNode& labels, const RawNode* annotations,
                        const std::string& severity) {
  const std::string name = scalar(&labels, "alertname");
  std::string detail = first_line(scalar(annotations, "summary"));
  if (detail.empty()) detail = first_line(scalar(annotations, "description"));

  std::string title = severity.empty() ? std::string() : "[" + severity + "] ";
  if (!name.empty() && !detail.empty()) return title + name + ": " + detail;
  if (!name.empty()) return title + name;
  if (!detail.empty()) return title + detail;
  return title + label_set_text(labels);
}

std::string alert_service(const RawNode& labels) {
  for (std::string_view key : {"service", "job", "namespace"}) {
    std::string value = scalar(&labels, key);
    if (!value.empty()) return value;
  }
  return {};
}

}  // namespace hindsight::alertmanager_detail
