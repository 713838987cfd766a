/* The fastest YAML parser on the machine, as a reference: libyaml's event
 * parser over every file given, building nothing. Bench-only. */
#include <stdio.h>
#include <yaml.h>

int main(int argc, char** argv) {
  unsigned long long events = 0;
  for (int i = 1; i < argc; ++i) {
    FILE* file = fopen(argv[i], "rb");
    if (!file) {
      fprintf(stderr, "cannot read %s\n", argv[i]);
      return 3;
    }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, file);
    int done = 0;
    while (!done) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser, &event)) {
        fprintf(stderr, "%s: %s\n", argv[i], parser.problem ? parser.problem : "parse error");
        return 1;
      }
      done = event.type == YAML_STREAM_END_EVENT;
      yaml_event_delete(&event);
      ++events;
    }
    yaml_parser_delete(&parser);
    fclose(file);
  }
  printf("%llu parse events\n", events);
  return 0;
}
