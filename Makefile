# Dropline: the two commands of the README, and what they need on a fresh Debian machine with Swift.
#   make up     builds and runs the main job: the whole mesh with the simulated world (dropline demo; Ctrl-C stops it)
#   make test   builds everything and runs every test
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: up test build deps bench

up: build
	.build/debug/dropline demo

test: build
	swift test

build: deps
	swift build

bench: deps
	swift build -c release
	.build/release/dropline-bench

# Installs the C libraries the build links (libzmq, SQLite headers) when they are missing.
deps:
	@if [ ! -f /usr/include/zmq.h ] || [ ! -f /usr/include/sqlite3.h ]; then \
		echo "Installing libzmq3-dev and libsqlite3-dev"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libzmq3-dev libsqlite3-dev; \
	fi
