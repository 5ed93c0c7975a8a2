# Writes OUTPUT: a C++ source defining `extern const char SYMBOL[]` with the bytes of INPUT.
file(READ "${INPUT}" content HEX)
string(LENGTH "${content}" hex_len)
math(EXPR byte_count "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," body "${content}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT}. Do not edit.\n#include <cstddef>\nextern const char ${SYMBOL}[] = {${body} 0};\nextern const size_t ${SYMBOL}Size = ${byte_count};\n")
