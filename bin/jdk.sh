# Sourced by bin/fahras and bin/test: finds a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*)
# and exports JAVA_HOME and PATH for it. Exits with one clear line when there is none.
# Also runs the JVM under a UTF-8 locale whatever the caller's (fahras_utf8_locale).
fahras_java_major() {
  # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

fahras_find_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(fahras_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$candidate/bin:$PATH"
      return 0
    fi
  done
  echo "fahras: needs a JDK 21 or newer; none found in JAVA_HOME or /usr/lib/jvm. Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) and set JAVA_HOME." >&2
  exit 1
}

fahras_utf8_locale() {
  # The JVM decodes arguments and file names with the locale's character set: under LC_ALL=C (cron, containers,
  # env -i) Arabic arguments and paths would arrive as U+FFFD, in the CLI and in the tests that run it. Export a
  # UTF-8 LC_ALL when the caller's locale is not one.
  local utf8_locale
  case "$(locale charmap 2>/dev/null || true)" in
    UTF-8|utf8) ;;
    *)
      utf8_locale="$(locale -a 2>/dev/null | grep -i -m 1 -E '^c\.utf-?8$' || true)"
      [ -n "$utf8_locale" ] || utf8_locale="$(locale -a 2>/dev/null | grep -i -m 1 -E '\.utf-?8$' || true)"
      if [ -n "$utf8_locale" ]; then
        export LC_ALL="$utf8_locale"
      else
        echo "fahras: no UTF-8 locale installed (locale -a); non-ASCII arguments and file names cannot be read" >&2
      fi
      ;;
  esac
}
