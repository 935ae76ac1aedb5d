'use strict'

const fs = require('node:fs/promises')
const path = require('node:path')
const { EventEmitter } = require('node:events')

const DEFAULT_RETRIES = 3

/**
 * Reads the project's config file and merges it over the defaults.
 * Missing files are not an error: the defaults are returned as they are,
 * so a fresh checkout runs without any setup. Invalid JSON is reported
 * with the file name so the user knows which file to fix.
 */
async function loadConfig (dir, defaults = {}) {
  const file = path.join(dir, '.toolrc.json')
  let text
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    if (err.code === 'ENOENT') {
      return { ...defaults }
    }
    throw err
  }
  try {
    return { ...defaults, ...JSON.parse(text) }
  } catch (err) {
    throw new Error(`invalid JSON in ${file}: ${err.message}`)
  }
}

const parseHeader = (line) => {
  const parts = line.split(';').map((p) => p.trim())
  const header = {}
  for (const part of parts) {
    const [key, value] = part.split('=')
    if (!key) {
      continue
    }
    header[key.toLowerCase()] = value === undefined ? true : value
  }
  return header
}

class Downloader extends EventEmitter {
  constructor (client, { retries = DEFAULT_RETRIES } = {}) {
    super()
    this.client = client
    this.retries = retries
  }

  async fetch (url) {
    let lastError = null
    for (let attempt = 1; attempt <= this.retries; attempt++) {
      try {
        const res = await this.client.get(url)
        this.emit('done', { url, attempt, status: res.status })
        return res.body
      } catch (err) {
        lastError = err
        this.emit('retry', { url, attempt, error: err.message })
      }
    }
    throw lastError
  }

  size () {
    return this.retries
  }
}

module.exports = { loadConfig, parseHeader, Downloader }
