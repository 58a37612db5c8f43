#!/bin/sh
# docker-compose's Kafka broker (apache/kafka image): Kafka's own start script, run with this repository's
# configuration — server.properties, then sasl.properties over it, the same files the local stack runs — plus the two
# settings that differ in the container. The storage is formatted once, with the admin's SCRAM credential (the broker
# needs it before any client can add one). ENTENTE_KAFKA_ADMIN_PASSWORD comes from the environment; the broker itself
# reads it through Kafka's EnvVarConfigProvider, so it is written to no file.
set -eu
: "${ENTENTE_KAFKA_ADMIN_PASSWORD:?ENTENTE_KAFKA_ADMIN_PASSWORD is not set}"
kafka_home=${KAFKA_HOME:-/opt/kafka}
config_dir=${ENTENTE_KAFKA_CONFIG_DIR:-/mnt/entente/kafka}
log_dirs=${KAFKA_LOG_DIRS:-/var/lib/kafka/data}
config=${ENTENTE_KAFKA_EFFECTIVE_CONFIG:-/tmp/entente-server.properties}

# java.util.Properties keeps the last value of a key: what comes later wins
{
  cat "$config_dir/server.properties"; echo
  cat "$config_dir/sasl.properties"; echo
  echo "log.dirs=$log_dirs"
  echo "advertised.listeners=${ENTENTE_KAFKA_ADVERTISED_LISTENERS:-SASL_PLAINTEXT://kafka:9092}"
} >"$config"

if [ ! -f "$log_dirs/meta.properties" ]; then
  "$kafka_home/bin/kafka-storage.sh" format --ignore-formatted -c "$config" \
    -t "$("$kafka_home/bin/kafka-storage.sh" random-uuid)" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$ENTENTE_KAFKA_ADMIN_PASSWORD]"
fi
exec "$kafka_home/bin/kafka-server-start.sh" "$config"
